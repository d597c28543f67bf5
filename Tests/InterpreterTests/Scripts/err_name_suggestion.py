model = 3
print(modle)
# expect error: NameError: name 'modle' is not defined. Did you mean: 'model'?
#| Traceback (most recent call last):
#|   File "err_name_suggestion.py", line 2, in <module>
#|     print(modle)
#|           ^^^^^
#| NameError: name 'modle' is not defined. Did you mean: 'model'?
