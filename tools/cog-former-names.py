# Builds src/main/resources/reference/cog-former-names.csv from INSEE COG 2026 « mouvements des communes »
# (datagouv/decoupage-administratif v6.0.0, sources/mouvements-communes.csv) and the shipped cog-communes.csv.
# python3 tools/cog-former-names.py mouvements-communes.csv src/main/resources/reference/cog-communes.csv \
#   src/main/resources/reference/cog-former-names.csv
import csv, sys, unicodedata, re
mvt, cog, out = sys.argv[1], sys.argv[2], sys.argv[3]
def fold(s):
    s = unicodedata.normalize('NFD', s.lower())
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return ' '.join(re.sub(r'[^a-z0-9]+', ' ', s).split())
current = {}
names = set()
for r in csv.DictReader(open(cog, encoding='utf-8')):
    if r['TYPECOM'] == 'COM':
        current[r['COM']] = r['LIBELLE']
    names.add(fold(r['LIBELLE'])); names.add(fold(r['NCCENR']))
rows = list(csv.DictReader(open(mvt, encoding='utf-8')))
moves = {'10': 'changement de nom', '31': 'fusion simple', '32': 'création de commune nouvelle'}
# a code absorbed or renumbered later: its successor (MOD 31/32 absorbed, 41/50 new code)
succ = {}
for r in rows:
    if r['MOD'] in ('31', '32', '41', '50') and r['TYPECOM_AV'] == 'COM' and r['TYPECOM_AP'] == 'COM' and r['COM_AV'] != r['COM_AP']:
        succ.setdefault(r['COM_AV'], (r['DATE_EFF'], r['COM_AP']))
def final(code):
    for _ in range(10):
        if code in current:
            return code
        if code not in succ:
            return None
        code = succ[code][1]
    return None
cand = {}
for r in sorted(rows, key=lambda r: (r['DATE_EFF'], r['COM_AV'])):
    if r['MOD'] not in moves or r['DATE_EFF'] < '2016-01-01' or r['TYPECOM_AV'] != 'COM' or r['TYPECOM_AP'] != 'COM':
        continue
    if r['MOD'] != '10' and r['COM_AV'] == r['COM_AP']:
        continue  # the commune nouvelle's own chef-lieu row
    if r['MOD'] == '10' and fold(r['LIBELLE_AV']) == fold(r['LIBELLE_AP']):
        continue
    target = final(r['COM_AP'])
    alias = fold(r['LIBELLE_AV'])
    if target is None or alias in names:
        continue
    cand.setdefault(alias, {})[target] = (r, target)
with open(out, 'w', encoding='utf-8', newline='') as f:
    f.write('# Former names of communes that are no name in cog-communes.csv any more, read as the commune that bears them now\n')
    f.write('# (issue 22: « Louhans » is Louhans-Châteaurenaud since 2026). Derived from INSEE COG 2026 « mouvements des\n')
    f.write('# communes » (MOD 10 name change, 31 fusion, 32 commune nouvelle, since 2016-01-01), see SOURCES.md; a name that\n')
    f.write('# still names a commune, or that several communes took, is left out. One comment line per alias: the move.\n')
    f.write('ALIAS,COM,LIBELLE\n')
    n = 0
    for alias in sorted(cand, key=lambda a: (min(cand[a]), a)):
        if len(cand[alias]) != 1:
            continue
        (r, target), = cand[alias].values()
        f.write('# %s MOD %s (%s) : %s (%s) → %s (%s)\n' % (r['DATE_EFF'], r['MOD'], moves[r['MOD']], r['LIBELLE_AV'], r['COM_AV'],
                r['LIBELLE_AP'], r['COM_AP']))
        q = lambda v: '"%s"' % v if ',' in v else v
        f.write('%s,%s,%s\n' % (q(r['LIBELLE_AV']), target, q(current[target])))
        n += 1
print(n, 'aliases')
