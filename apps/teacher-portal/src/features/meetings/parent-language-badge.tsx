import { useWorkspace } from '../../workspace/workspace-context.tsx';

// The language's name in English (the portal's words are English this round): "pl" → "Polish".
const englishNames = new Intl.DisplayNames('en', { type: 'language' });

/**
 * "Speaks Polish": the language the parent reads (chosen in the parent app), so staff can arrange an
 * interpreter. Shown only when it is not the branch's own language; nothing while the parent has not
 * chosen (their emails are then in English).
 */
export function ParentLanguageBadge({ language }: { language: string | null }) {
  const { branch } = useWorkspace();
  if (!language || language === branch.locale.split('-')[0]) return null;
  return <span className="badge badge-info">Speaks {englishNames.of(language) ?? language}</span>;
}
