"""Detectors: the model for the five learned categories, rules for private information."""
