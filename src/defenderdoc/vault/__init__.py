# SPDX-License-Identifier: GPL-3.0-or-later
"""The encrypted vault: key header, SQLCipher database, encrypted blobs, audit chain."""
