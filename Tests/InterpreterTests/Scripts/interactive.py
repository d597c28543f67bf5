# mode: interactive
1 + 1
# expect: 2
x = [1, 2]
x
# expect: [1, 2]
None
"text"
# expect: 'text'
_ * 2
# expect: 'texttext'
