"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, gui, printing, ship, sync

MODULES = [gui, admin, dossier, printing, sync, ship]
