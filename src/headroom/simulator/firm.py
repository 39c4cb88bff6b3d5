"""The simulated firm's reference data: teams, roles and their rate bands,
clients, and the app's enums. Kept in one place so the generator, `advance`
and the tests agree."""

from __future__ import annotations

# role: (team, cost rate band in USD/h, bill multiple)
ROLES: dict[str, tuple[str, tuple[int, int], float]] = {
    "Junior Engineer": ("Engineering", (35, 45), 2.2),
    "Engineer": ("Engineering", (50, 65), 2.1),
    "Senior Engineer": ("Engineering", (70, 85), 2.0),
    "Staff Engineer": ("Engineering", (90, 110), 1.9),
    "Designer": ("Design", (45, 60), 2.1),
    "Senior Designer": ("Design", (65, 80), 2.0),
    "Data Analyst": ("Data", (45, 60), 2.1),
    "Data Engineer": ("Data", (65, 85), 2.0),
    "QA Engineer": ("Quality", (40, 55), 2.0),
    "Project Manager": ("Delivery", (60, 75), 1.9),
    "Delivery Lead": ("Delivery", (85, 100), 1.8),
}
# How often each role occurs among members (same order as ROLES).
ROLE_WEIGHTS = [10, 22, 18, 6, 7, 4, 6, 6, 8, 8, 5]

# Roles typed in the app that the analytics team has not (yet) mapped:
# they must be flagged by the warehouse, not dropped.
UNMAPPED_ROLES = ["Solutions Architect", "Intern"]

PART_TIME_HOURS = [20.0, 24.0, 30.0, 32.0]

CLIENTS = [
    "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries",
    "Wayne Enterprises", "Wonka", "Soylent", "Tyrell", "Cyberdyne", "Aperture",
    "Vandelay", "Pied Piper", "Oscorp", "Massive Dynamic", "Gringotts",
    "Monarch", "Nakatomi", "Virtucon", "Duff", "Krusty", "Prestige Worldwide",
    "Sterling Cooper", "Dunder Mifflin", "Bluth", "Wernham Hogg", "Ollivanders",
    "Blue Sun", "Weyland", "Abstergo", "Black Mesa", "Kwik-E-Mart", "Los Pollos",
    "Strickland Propane", "Paper Street", "Buy n Large", "Spacely", "Cogswell",
    "Gekko", "Octan", "Rekall", "Yoyodyne", "InGen", "Tessier-Ashpool",
    "Zorg", "Omni Consumer", "Brawndo", "Planet Express", "Mom Corp",
]
CLIENT_CODES = {name: "".join(ch for ch in name.upper() if ch.isalpha())[:5] for name in CLIENTS}

INTERNAL_PROJECTS = [
    "Bench time", "Training", "Sales support", "Internal tools", "Recruiting",
    "Research", "Knowledge sharing", "Hackathon",
]

FIRST_NAMES = [
    "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken",
    "Frances", "Edsger", "Radia", "Donald", "Hedy", "John", "Katherine", "Tim",
    "Anita", "Guido", "Joan", "Bjarne", "Sophie", "James", "Mary", "Niklaus",
    "Shafi", "Leslie", "Annie", "Vint", "Evelyn", "Yukihiro", "Carol", "Brian",
]
LAST_NAMES = [
    "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov",
    "Thompson", "Allen", "Dijkstra", "Perlman", "Knuth", "Lamarr", "McCarthy",
    "Johnson", "Berners-Lee", "Borg", "van Rossum", "Clarke", "Stroustrup",
    "Wilson", "Gosling", "Keller", "Wirth", "Goldwasser", "Lamport", "Easley",
    "Cerf", "Boyd", "Matsumoto", "Shaw", "Kernighan",
]

NOTES = [
    "Sprint planning and backlog grooming",
    "Code review",
    "Client workshop",
    "Bug fixing",
    "Left early for a doctor's appointment",
    "Pairing with a new joiner",
    "Deployment and smoke tests",
    "Call with the client's CTO",
]

# The app's enums (ids as in the contract).
BILLABLE, SUPPORT, INTERNAL, FIXED_FEE = 1, 2, 3, 4
INITIAL, PROPOSAL, CONFIRMED, IN_PROGRESS, ON_HOLD, COMPLETED, CANCELLED, PIPELINE = range(1, 9)
STATUS_IDS = tuple(range(1, 9))
TYPE_IDS = (BILLABLE, SUPPORT, INTERNAL, FIXED_FEE)
# the types sold on a budget of hours
BUDGETED_TYPES = (BILLABLE, FIXED_FEE)

CURRENCIES = ["USD", "EUR", "GBP"]
CURRENCY_WEIGHTS = [70, 20, 10]
