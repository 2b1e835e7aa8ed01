/** Team: the users who can be account managers; one of them is "me". */
import type { User } from '../../core/domain';
import { useState } from 'preact/hooks';
import { actions, emptyUser, queries, type UserErrors, type UserInput } from '../../models/options';
import { showToast } from '../../models/toast';
import { Check, FormActions, TextField, useSave } from '../Field';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { initials } from '../../core/text/initials';
import { InlineConfirm, Section, failureText, optErrorText, EditDelete, useEditing } from './common';
import { plural } from '../plural';

export function UsersTab() {
  const list = useLive(queries.users, []);
  const { editing, setEditing, close, addButton } = useEditing();
  const me = list?.find((u) => u.isMe);

  return (
    <Section
      id="opt-users-title"
      title={t('optUsersTitle')}
      intro={t('optUsersIntro')}
      actions={addButton(t('optUserAdd'))}
    >
      {editing?.id === null ? <UserForm initial={emptyUser()} me={me} onDone={close} /> : null}
      {list === undefined ? (
        <div class="loading">{t('loading')}</div>
      ) : list.length === 0 && editing === null ? (
        <div class="empty">
          <span class="big">{t('optUsersEmpty')}</span>
          <span>{t('optUsersEmptyHint')}</span>
        </div>
      ) : (
        <ul class="list" aria-label={t('optUsersTitle')}>
          {list.map((u) =>
            editing?.id === u.id ? (
              <li key={u.id}>
                <UserForm id={u.id} initial={{ name: u.name, email: u.email, isMe: u.isMe }} me={me} onDone={close} />
              </li>
            ) : (
              <UserRow key={u.id} user={u} onEdit={() => setEditing({ id: u.id })} />
            ),
          )}
        </ul>
      )}
    </Section>
  );
}

function UserRow({ user, onEdit }: { user: User; onEdit: () => void }) {
  const [confirm, setConfirm] = useState<null | { sheets: number }>(null);
  const [busy, setBusy] = useState(false);

  const askRemove = async () => {
    try {
      setConfirm({ sheets: await queries.managedSheetCount(user.id) });
    } catch (e) {
      showToast(failureText(e), { kind: 'error' });
    }
  };
  const remove = async () => {
    if (!confirm) return;
    setBusy(true);
    try {
      const result = await actions.removeUser(user.id, { clearSheets: confirm.sheets > 0 });
      if (!result.ok) {
        // The count changed since the question was asked: ask again with the new figure.
        setConfirm({ sheets: result.sheets });
        return;
      }
      showToast(
        result.clearedSheets
          ? plural('optUserRemovedCleared', result.clearedSheets, [user.name, result.clearedSheets])
          : t('optUserRemoved', user.name),
      );
    } catch (e) {
      showToast(failureText(e), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="list-item" style="cursor:default;flex-wrap:wrap" data-user={user.name}>
      <span class="avatar" aria-hidden="true">
        {initials(user.name, 'person')}
      </span>
      <div class="spacer" style="min-width:0">
        <div class="title">
          {user.name} {user.isMe ? <span class="badge prospect">{t('me')}</span> : null}
        </div>
        <div class="sub">{user.email || t('optUserNoEmail')}</div>
      </div>
      <div class="row">
        {!user.isMe ? (
          <button
            type="button"
            class="btn small"
            onClick={() => actions.setMe(user.id, true).catch((e) => showToast(failureText(e), { kind: 'error' }))}
          >
            {t('optUserSetMe')}
          </button>
        ) : null}
        <EditDelete name={user.name} onEdit={onEdit} onDelete={askRemove} remove />
      </div>
      {confirm ? (
        <div style="flex-basis:100%">
          <InlineConfirm
            danger
            busy={busy}
            text={
              confirm.sheets > 0
                ? plural('optUserManagesSheets', confirm.sheets, [user.name, confirm.sheets])
                : t('optUserRemoveConfirm', user.name)
            }
            confirmLabel={confirm.sheets > 0 ? t('optUserClearAndRemove') : t('optRemove')}
            onConfirm={remove}
            onCancel={() => setConfirm(null)}
          />
        </div>
      ) : null}
    </li>
  );
}

function UserForm(props: { id?: string; initial: UserInput; me: User | undefined; onDone: () => void }) {
  const [draft, setDraft] = useState<UserInput>(props.initial);
  const [errors, setErrors] = useState<UserErrors>({});
  const { busy, run } = useSave(props.onDone);
  const set = (patch: Partial<UserInput>) => setDraft((d) => ({ ...d, ...patch }));
  const otherMe = props.me && props.me.id !== props.id ? props.me : undefined;

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      const result = await actions.saveUser(draft, props.id);
      if (!result.ok) setErrors(result.errors);
      return result.ok;
    }, t('saved'));
  };

  return (
    <form class="dialog" onSubmit={submit} aria-label={props.id ? t('optUserEdit') : t('optUserAdd')} noValidate>
      <div class="grid2">
        <TextField
          label={t('optUserName')}
          name="name"
          value={draft.name}
          autoFocus
          error={optErrorText(errors.name)}
          onInput={(name) => {
            set({ name });
            if (errors.name) setErrors({ ...errors, name: undefined });
          }}
        />
        <TextField
          label={t('optUserEmail')}
          name="email"
          type="email"
          value={draft.email}
          error={optErrorText(errors.email)}
          hint={t('optUserEmailHint')}
          onInput={(email) => {
            set({ email });
            if (errors.email) setErrors({ ...errors, email: undefined });
          }}
        />
      </div>
      <Check name="isMe" label={t('optUserIsMe')} checked={draft.isMe} onChange={(isMe) => set({ isMe })} />
      {draft.isMe && otherMe ? <span class="muted small">{t('optUserMeMoves', otherMe.name)}</span> : null}
      <FormActions submitLabel={t('save')} busy={busy} onCancel={props.onDone} />
    </form>
  );
}
