"""The Headroom dashboard: a Streamlit app on the marts, connected as the
read-only dashboard role (`headroom dashboard` starts it)."""
