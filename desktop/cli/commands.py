"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, excel, gui, printing, ship, signing, staff, sync

MODULES = [gui, admin, dossier, staff, printing, signing, excel, sync, ship]
