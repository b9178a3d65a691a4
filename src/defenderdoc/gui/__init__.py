# SPDX-License-Identifier: GPL-3.0-or-later
"""The PySide6 desktop application; the only package allowed to import Qt."""
