"""Hydra config groups, installed as the package ``creditkit.configs`` (YAML files only)."""
