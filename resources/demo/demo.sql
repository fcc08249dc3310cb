-- The demo source database: a small customer list, as a small organisation might keep it.
-- demo.sqlite is built from this file (sqlite3 demo.sqlite < demo.sql).
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    city TEXT,
    plan TEXT,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
INSERT INTO customers VALUES
 (1, 'Ada Lovelace', 'ada@example.org', 'London', 'pro', '2026-01-10 09:15:00', NULL),
 (2, 'Grace Hopper', 'grace@example.org', 'Arlington', 'team', '2026-02-01 14:02:11.250', NULL),
 (3, 'Alan Turing', 'alan@example.org', 'Wilmslow', 'free', '2026-02-14T08:00:00Z', NULL),
 (4, 'Katherine Johnson', 'katherine@example.org', 'Hampton', 'pro', '2026-03-03 17:45:00', NULL),
 (5, 'Edsger Dijkstra', 'edsger@example.org', 'Nuenen', 'free', '2026-03-20 10:00:00', NULL),
 (6, 'Barbara Liskov', 'barbara@example.org', 'Cambridge', 'team', '2026-04-02 12:30:00', NULL),
 (7, 'Donald Knuth', 'don@example.org', 'Stanford', 'pro', '2026-04-18 16:20:00', NULL),
 (8, 'Margaret Hamilton', 'margaret@example.org', 'Boston', 'team', '2026-05-05 11:11:11', NULL),
 (9, 'Tim Berners-Lee', 'tim@example.org', 'Geneva', 'free', '2026-05-30 07:45:00', '2026-06-01 00:00:00'),
 (10, 'Frances Allen', 'fran@example.org', 'Peru NY', 'pro', '2026-06-12 13:00:00', NULL);
