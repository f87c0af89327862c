# heo-bot's messages in US English: the source every other catalogue translates.
#
# Each message's ID is used in src/ through t!(lang, "id", variable = value, ...); every
# other locales/*.ftl has exactly the same IDs with the same variables (the tests check).
# Discord mentions and timestamps (<@…>, <t:…:R>) always arrive as variables.

## The language itself

# Its own name, as /language set lists it.
language-name = English

# How numbers are written: 1,234.5
number-group-separator = {","}
number-decimal-separator = {"."}
# Digits a number needs before it is grouped: 1 writes 1,234; 2 writes 1234 and 12,345.
number-group-min-digits = {"1"}
