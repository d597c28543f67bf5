def f(values):
	return [v *
	        2 for v in values]
print(f([1,
	2]))  # expect: [2, 4]
