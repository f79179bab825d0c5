# Writes, each saved by LibreOffice Calc 24.2 or later in its default format (OpenDocument .ods) with
# an open password, as a unit's current LibreOffice would save it:
# test/fixtures/formats/encrypted-libreoffice-gcm.ods (the formats corpus's original form, with its
# mistakes) and test/fixtures/encrypted-ods/libreoffice-ningbo-gcm.ods (examples/02, a form ready to seal).
# LibreOffice 24.2 and later encrypt the whole package as one `encrypted-package` entry with AES-256-GCM
# under Argon2id of the password's SHA-256 ("wholesome" encryption, ODF 1.4; src/xlsx/odf/manifest.ts).
# Needs a LibreOffice 24.2 or later, which Debian 12 does not have; one way that leaves the system's
# LibreOffice alone is a Debian 13 chroot sharing this worktree (as root):
#   debootstrap --variant=minbase trixie /work/trixie http://deb.debian.org/debian
#   chroot /work/trixie apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-uno
#   mkdir -p /work/trixie$PWD && mount --bind $PWD /work/trixie$PWD && mount -t proc proc /work/trixie/proc
#   chroot /work/trixie sh -c "cd $PWD && python3 scripts/gen-encrypted-ods-gcm.py"
# The password is the formats corpus's (test/cli/encrypted.test.ts and test/xlsx/formats.test.ts state it).
from libreoffice_store import store_with_password

store_with_password([
    ("test/fixtures/formats/original.xlsx", "test/fixtures/formats/encrypted-libreoffice-gcm.ods"),
    ("examples/02-宁波市经济和信息化局.xlsx", "test/fixtures/encrypted-ods/libreoffice-ningbo-gcm.ods"),
], "calc8", "质标2021")
