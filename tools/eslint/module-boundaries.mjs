// Which projects may import which, by their Nx tags (package.json "nx.tags"): services use libs and never each
// other; libs use only libs; tools (the d06 command line, e2e tests) may use both.
export const depConstraints = [
  { sourceTag: 'scope:service', onlyDependOnLibsWithTags: ['scope:lib'] },
  { sourceTag: 'scope:lib', onlyDependOnLibsWithTags: ['scope:lib'] },
  { sourceTag: 'scope:tool', onlyDependOnLibsWithTags: ['scope:lib', 'scope:service'] },
];
