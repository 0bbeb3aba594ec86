"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, sync

MODULES = [admin, dossier, sync]
