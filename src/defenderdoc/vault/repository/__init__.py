# SPDX-License-Identifier: GPL-3.0-or-later
"""Session-taking functions that read and write records; they return domain records."""
