"""Generated Unicode data tables (see utils/generate_linebreak_data.py)."""
