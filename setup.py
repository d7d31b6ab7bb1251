"""What pyproject.toml cannot say: the repository's top-level models/ directory ships inside the package as
`nlp._models`, beside the packages found under nlp/, so an installed wheel reads its models with
importlib.resources (nlp/models.py) and the repository keeps its layout."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["nlp", "nlp.*"], exclude=["*__pycache__*"]), "nlp._models"],
    package_dir={"nlp._models": "models"},
)
