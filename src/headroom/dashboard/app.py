"""The Headroom dashboard (Streamlit): a front page, seven pages on the
marts, and Data health on the run history (monitoring).

Start it with `headroom dashboard` (or `make dashboard`); it connects as
the read-only dashboard role. Each page is one exposure in the dbt docs
(models/exposures.yml).
"""

import streamlit as st

st.set_page_config(page_title="Headroom", layout="wide")

# The front page is the root; every other page has a path of its own (a
# default page would be served at the root only, and /headroom not found).
pages = [
    st.Page("views/start.py", title="Start here", url_path="start", default=True),
    st.Page("views/headroom.py", title="Headroom", url_path="headroom"),
    st.Page("views/utilization.py", title="Utilization", url_path="utilization"),
    st.Page("views/staffing.py", title="Hiring and staffing", url_path="staffing"),
    st.Page("views/forecast.py", title="Revenue and cost forecast", url_path="forecast"),
    st.Page("views/pipeline.py", title="Project pipeline", url_path="pipeline"),
    st.Page("views/budget.py", title="Budget burn", url_path="budget"),
    st.Page("views/accuracy.py", title="Forecast accuracy", url_path="accuracy"),
    st.Page("views/health.py", title="Data health", url_path="health"),
]
st.navigation(pages).run()
