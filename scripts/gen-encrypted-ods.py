# Writes, each saved by LibreOffice Calc in its default format (OpenDocument .ods) with an open
# password, as a unit's LibreOffice would save it: test/fixtures/formats/encrypted-libreoffice.ods
# (the formats corpus's original form, with its mistakes) and
# test/fixtures/encrypted-ods/libreoffice-ningbo.ods (examples/02, a form ready to seal).
# LibreOffice 7.4 encrypts each entry with AES-256-CBC under PBKDF2 (HMAC-SHA1, 100,000 iterations)
# of the password's SHA-256, with a SHA-256 checksum of its first kilobyte (src/xlsx/odf/manifest.ts).
# Run with the Python that has LibreOffice's `uno` module (Debian: python3-uno):
# /usr/bin/python3 scripts/gen-encrypted-ods.py
# The password is the formats corpus's (test/cli/encrypted.test.ts and test/xlsx/formats.test.ts state it).
from libreoffice_store import store_with_password

store_with_password([
    ("test/fixtures/formats/original.xlsx", "test/fixtures/formats/encrypted-libreoffice.ods"),
    ("examples/02-宁波市经济和信息化局.xlsx", "test/fixtures/encrypted-ods/libreoffice-ningbo.ods"),
], "calc8", "质标2021")
