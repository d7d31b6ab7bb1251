"""Trained models shipped with inspection-nlp (data only; see nlp/models.py)."""
