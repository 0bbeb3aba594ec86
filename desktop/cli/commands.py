"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, excel, gui, printing, ship, sync

MODULES = [gui, admin, dossier, printing, excel, sync, ship]
