# Writes, each saved by LibreOffice Calc as Excel 97-2003 with an open password (RC4), as a unit's
# LibreOffice would save it: test/fixtures/formats/encrypted-libreoffice.xls (the formats corpus's
# original form, with its mistakes) and test/fixtures/encrypted-xls/libreoffice-ningbo.xls (examples/02,
# a form ready to seal).
# Run with the Python that has LibreOffice's `uno` module (Debian: python3-uno):
# /usr/bin/python3 scripts/gen-encrypted-xls.py
# The password is the formats corpus's (test/cli/encrypted.test.ts and test/xlsx/formats.test.ts state it).
from libreoffice_store import store_with_password

store_with_password([
    ("test/fixtures/formats/original.xlsx", "test/fixtures/formats/encrypted-libreoffice.xls"),
    ("examples/02-宁波市经济和信息化局.xlsx", "test/fixtures/encrypted-xls/libreoffice-ningbo.xls"),
], "MS Excel 97", "质标2021")
