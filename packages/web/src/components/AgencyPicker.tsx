/**
 * "Choose an agency" for the screens the BKD and the auditor open across the province (a recap, an
 * overview): the agencies in scope, each a big link. The recap, the SKP overview and attendance each
 * had a copy of this list; new screens use this one.
 */
import { api } from '../api/client';
import { Icon } from './Icon';
import { ErrorBox, Loading, PageTitle, useLoad } from './ui';

export function AgencyPicker({ title, intro, hrefOf, testId }: { title: string; intro: string; hrefOf: (agencyId: string) => string; testId: string }) {
  const { data, error, retry } = useLoad((signal) => api.agencies(signal), []);
  return (
    <div className="stack">
      <PageTitle>{title}</PageTitle>
      <p>{intro}</p>
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {!data && error == null && <Loading />}
      {data && (
        <ul className="plain-list cards">
          {data.items.map((ag) => (
            <li key={ag.id}>
              <a className="row-link" href={hrefOf(ag.id)} data-testid={testId}>
                <span className="row-link__body">
                  <span className="row-link__title">{ag.name}</span>
                </span>
                <Icon name="chevron" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
