# -*- coding: utf-8 -*-
# Strings added or changed by h2 (same format and conventions as strings_table.py).

TABLE = [
('ClientOptions', 'TCP port (default %1).', 'TCP-Port (Standard: %1).', 'TCP 端口（默认 %1）。'),
('ServerOptions', 'TCP port (default %1).', 'TCP-Port (Standard: %1).', 'TCP 端口（默认 %1）。'),
]
