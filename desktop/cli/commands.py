"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, gui, printing, ship, staff, sync

MODULES = [gui, admin, dossier, staff, printing, sync, ship]
