# -*- coding: utf-8 -*-
# The server window and the explain service (issue 17): the checkbox, the status line, refused
# visitors in the log and on the map, "Apply the fix".
# Same format and conventions as strings_table.py; "Abweisungen erklären" / 解释拒绝原因 as in
# strings_explain.py.

TABLE = [
# ----------------------------------------------------------- ConnectionLogModel
('ConnectionLogModel', 'This client was refused by this machine and asked the server why. The address it tried is what its question says.',
 'Dieser Client wurde von diesem Rechner abgewiesen und hat den Server nach dem Grund gefragt. Die versuchte Adresse ist die, die seine Frage nennt.',
 '此客户端被本机拒绝，并询问了服务器原因。它尝试的地址取自其询问内容。'),
('ConnectionLogModel', 'tried %1',
 'versuchte %1',
 '尝试了 %1'),
# ----------------------------------------------------------------- ServerWindow
('ServerWindow', 'E&xplain refusals to clients (UDP)',
 'Abgewiesenen Clients den Grund erklären (&UDP)',
 '向被拒绝的客户端解释原因 (UDP)(&X)'),
('ServerWindow', 'While listening, answer a BindLab client that this machine refused with why (on UDP at the same port number), and show who was refused in the log and on the map. Applies at Start: stop the server to change it.',
 'Beim Lauschen einem BindLab-Client, den dieser Rechner abgewiesen hat, den Grund nennen (über UDP an derselben Portnummer) und die Abgewiesenen im Protokoll und auf der Karte zeigen. Gilt ab dem Start: Halten Sie den Server an, um es zu ändern.',
 '监听期间，向被本机拒绝的 BindLab 客户端说明原因（通过相同端口号的 UDP），并在日志和地图上显示被拒绝者。在启动时生效：如需更改，请先停止服务器。'),
('ServerWindow', 'Restarts the server on all interfaces, on the same port and with the same greeting, so the refused clients\' next attempts are greeted.',
 'Startet den Server auf allen Schnittstellen neu, auf demselben Port und mit derselben Begrüßung, damit die nächsten Versuche der abgewiesenen Clients begrüßt werden.',
 '在所有接口上以相同端口和相同问候语重新启动服务器，使被拒绝的客户端下次尝试时能收到问候语。'),
('ServerWindow', '%1 tried %2: %3',
 '%1 versuchte %2: %3',
 '%1 尝试了 %2：%3'),
('ServerWindow', 'Not explaining refusals: turned off (the checkbox above, or --no-explain).',
 'Abweisungen werden nicht erklärt: ausgeschaltet (das Kästchen oben oder --no-explain).',
 '不解释拒绝原因：已关闭（上方的复选框或 --no-explain）。'),
('ServerWindow', 'Refused: %n client(s) asked why (see the log).',
 ['Abgewiesen: %n Client hat nach dem Grund gefragt (siehe Protokoll).',
  'Abgewiesen: %n Clients haben nach dem Grund gefragt (siehe Protokoll).'],
 ['已拒绝：%n 个客户端询问了原因（见日志）。']),
('ServerWindow', 'Apply the fix',
 'Korrektur anwenden',
 '应用修复'),
('ServerWindow', 'Listen on all interfaces',
 'Auf allen Schnittstellen lauschen',
 '在所有接口上监听'),
('ServerWindow', '%n client(s) refused: the server listens on %1 only. "Apply the fix" listens on all interfaces.',
 ['%n Client abgewiesen: Der Server lauscht nur auf %1. "Korrektur anwenden" lauscht auf allen Schnittstellen.',
  '%n Clients abgewiesen: Der Server lauscht nur auf %1. "Korrektur anwenden" lauscht auf allen Schnittstellen.'],
 ['已拒绝 %n 个客户端：服务器仅在 %1 上监听。"应用修复"会在所有接口上监听。']),
]
