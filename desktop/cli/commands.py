"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, gui, printing, ship, signing, sync

MODULES = [gui, admin, dossier, printing, signing, sync, ship]
