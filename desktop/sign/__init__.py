"""Digital signatures on finished papers (pyHanko, no Qt): a .p12 file or a PKCS#11 token.

A paper is rendered first, as when printing; signing then takes the finished PDF and the place
its signature block marked (``desktop.pdf.spot``) and writes the signed copy all or nothing.
Verification reads any PDF, signed by motcua or not.
"""

import logging

# An untrusted or unknown chain is part of our verdict, in words; pyHanko would also log each
# failed path search with a traceback, filling the desk's log at every check.
logging.getLogger("pyhanko").setLevel(logging.ERROR)
