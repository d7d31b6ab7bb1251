"""Placeholder, replaced below."""
def extract_facts(doc, sentences):
    return {"service": None, "overall_rating": None, "ratings": [], "published": None, "fieldwork": None,
            "recommendations": {"count": None, "recipients": []}}
