/** What the content script marks and how: categories, `no_data` figures, highlight style. */
import { CATEGORY_WORDS } from '../../lib/category-words';
import { CATEGORIES, type Category } from '../../lib/claim';
import { highlightStyle, markedCategories, markNoData } from '../../lib/extension/settings';
import { HIGHLIGHT_STYLES } from '../../lib/highlight-style';
import { useStored } from './use-stored';

export function MarkingSettings() {
  const categories = useStored(markedCategories);
  const noData = useStored(markNoData);
  const style = useStored(highlightStyle);
  if (categories === undefined || noData === undefined || style === undefined) return <p class="muted">Loading settings…</p>;

  const toggle = (c: Category, on: boolean) => {
    const next = CATEGORIES.filter((x) => (x === c ? on : categories.includes(x)));
    void markedCategories.setValue(next);
  };

  return (
    <>
      <fieldset>
        <legend>Mark figures of these kinds</legend>
        {CATEGORIES.map((c) => (
          <label key={c} class="check">
            <input type="checkbox" checked={categories.includes(c)} onChange={(e) => toggle(c, e.currentTarget.checked)} />
            {c} <span class="muted">({CATEGORY_WORDS[c].help})</span>
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" checked={noData} onChange={(e) => void markNoData.setValue(e.currentTarget.checked)} />
        Also mark figures the dataset has nothing about (“no data”)
      </label>
      <fieldset>
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((s) => (
          <label key={s} class="check">
            <input type="radio" name="highlight-style" value={s} checked={style === s} onChange={() => void highlightStyle.setValue(s)} />
            <span class={`sample sample-${s}`}>{s === 'underline' ? 'Underline' : 'Background colour'}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
