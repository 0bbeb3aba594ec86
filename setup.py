"""Ships ``resources/`` inside the package as ``desktop.resources`` (procedures, checklist,
fonts, icons, translations), so a wheel or ``pip install .`` works outside the checkout;
``desktop.paths.resource_path`` looks there. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop*", "central*"]), "desktop.resources"],
    package_dir={"desktop.resources": "resources"},
    package_data={"desktop.resources": ["*.json", "fonts/*", "icons/*", "i18n/*.ts", "i18n/*.qm"]},
)
