"""The dashboard's front page: which page answers which question, for
whom. Every page also has a URL of its own (/headroom, /utilization, ...),
which a bookmark or a link in a message can open directly."""

import streamlit as st

st.title("Headroom Analytics")
st.caption("The marts of the Headroom app, rebuilt every morning by the daily job. Pick the question:")

GUIDE = [
    ("views/headroom.py", "Headroom", "Who is free or overbooked next week, and in the coming weeks?",
     "delivery leads, staffing"),
    ("views/utilization.py", "Utilization", "Is each person and team as utilized as their role aims at "
     "(chargeable utilization against target)?", "delivery leads, managers"),
    ("views/staffing.py", "Hiring and staffing", "Which roles are we short of, by how many people, from which "
     "week, and which placeholders stand for them?", "delivery leads, staffing, hiring managers"),
    ("views/forecast.py", "Revenue and cost forecast", "What did we earn and spend, and what will we?",
     "finance"),
    ("views/pipeline.py", "Project pipeline", "What is in the pipeline, at which stage, for how long?",
     "sales, delivery leads"),
    ("views/budget.py", "Budget burn", "Which open projects will run over their budget, by how much, when?",
     "delivery leads, finance"),
    ("views/accuracy.py", "Forecast accuracy", "How close was the forecast one to three months ahead?",
     "finance"),
    ("views/health.py", "Data health", "Is today's data fresh and complete? Did last night's build pass?",
     "analysts, the data team"),
]
for path, title, question, who in GUIDE:
    link, text = st.columns([1, 3])
    link.page_link(path, label=title)
    text.markdown(f"{question}  \n*For {who}.*")
