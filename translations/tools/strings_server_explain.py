# -*- coding: utf-8 -*-
# The headless server's explain service lines and its option (see strings_table.py for the
# conventions).

TABLE = [
('ServerOptions', "Do not answer refused clients' questions on UDP (the explain service).",
 'Fragen abgewiesener Clients über UDP nicht beantworten (der Erklärdienst).',
 '不回答被拒绝的客户端通过 UDP 发来的询问（解释服务）。'),
('HeadlessServer', 'Not explaining refusals (--no-explain).',
 'Abweisungen werden nicht erklärt (--no-explain).',
 '不解释拒绝原因（--no-explain）。'),
('HeadlessServer', '%1 %2 tried %3: %4',
 '%1 %2 versuchte %3: %4',
 '%1 %2 尝试了 %3：%4'),
('HeadlessServer', '%n refused client(s) asked why.',
 ['%n abgewiesener Client hat nach dem Grund gefragt.',
  '%n abgewiesene Clients haben nach dem Grund gefragt.'],
 ['%n 个被拒绝的客户端询问了原因。']),
]
