"""The oversight dashboard: read-only pages for province and national viewers."""
