"""The reference central endpoint: receives motcua's reports exactly once per item.

It exists so the desktop client can be tested against a real server and so a province without
its own system can run one. It imports nothing from ``desktop`` and nothing from Qt.
"""
