import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../app/ErrorNotice";
import { Field, FormActions, HiddenColumn } from "../editing/Field";
import { graphql } from "../gql";
import type { Role, UsersAdminUserFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";

const ROLES: readonly Role[] = ["VIEWER", "MUNICIPALITY", "POLICE", "ADMIN"];

const UsersAdminUser = graphql(`
  fragment UsersAdminUser on User {
    id
    username
    displayName
    role
    active
  }
`);

const UsersQuery = graphql(`
  query UsersAdminQuery {
    users {
      ...UsersAdminUser
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUserMutation($input: UserInput!) {
    createUser(input: $input) {
      ...UsersAdminUser
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation UpdateUserMutation($id: ID!, $input: UserUpdateInput!) {
    updateUser(id: $id, input: $input) {
      ...UsersAdminUser
    }
  }
`);

function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange(role: Role): void }) {
  const { t } = useI18n();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Role)}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`role.${r}`)}
        </option>
      ))}
    </select>
  );
}

/** Changes one user: name, role, active, and optionally a new password. */
function EditUser({ user, onDone }: { user: UsersAdminUserFragment; onDone(): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ displayName: user.displayName, role: user.role, active: user.active, password: "" });
  const [update, { loading, error }] = useMutation(UpdateUserMutation);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { password, ...rest } = values;
    void update({ variables: { id: user.id, input: { ...rest, ...(password ? { password } : {}) } } }).then(onDone, () => undefined);
  };
  const id = `user-${user.id}`;
  return (
    <form className="admin-form" onSubmit={submit}>
      <h3>{t("admin.place.editTitle", { name: user.username })}</h3>
      <Field id={`${id}-name`} label={t("admin.user.displayName")}>
        <input id={`${id}-name`} value={values.displayName} onChange={(e) => setValues({ ...values, displayName: e.currentTarget.value })} />
      </Field>
      <Field id={`${id}-role`} label={t("admin.user.role")}>
        <RoleSelect id={`${id}-role`} value={values.role} onChange={(role) => setValues({ ...values, role })} />
      </Field>
      <div className="radio">
        <input type="checkbox" id={`${id}-active`} checked={values.active} onChange={(e) => setValues({ ...values, active: e.currentTarget.checked })} />
        <label htmlFor={`${id}-active`}>{t("admin.user.activeLabel")}</label>
      </div>
      <Field id={`${id}-password`} label={t("admin.user.newPassword")}>
        <input id={`${id}-password`} type="password" autoComplete="new-password" value={values.password} onChange={(e) => setValues({ ...values, password: e.currentTarget.value })} />
      </Field>
      {error ? <ErrorNotice error={error} /> : null}
      <FormActions save={t("admin.save")} busy={loading} cancel={t("admin.cancel")} onCancel={onDone} />
    </form>
  );
}

/** Adds a user. */
function CreateUser() {
  const { t } = useI18n();
  const empty = { username: "", displayName: "", role: "VIEWER" as Role, password: "" };
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState(false);
  const [create, { loading, error }] = useMutation(CreateUserMutation, { refetchQueries: [UsersQuery] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void create({ variables: { input: values } }).then(() => {
      setValues(empty);
      setSaved(true);
    }, () => undefined);
  };
  const text = (key: "username" | "displayName" | "password", label: string) => (
    <Field id={`new-user-${key}`} label={label}>
      <input
        id={`new-user-${key}`}
        type={key === "password" ? "password" : "text"}
        autoComplete={key === "password" ? "new-password" : "off"}
        required
        value={values[key]}
        onChange={(e) => setValues({ ...values, [key]: e.currentTarget.value })}
      />
    </Field>
  );
  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby="new-user-title">
      <h3 id="new-user-title">{t("admin.user.new")}</h3>
      <div className="form-grid">
        {text("username", t("admin.user.username"))}
        {text("displayName", t("admin.user.displayName"))}
        <Field id="new-user-role" label={t("admin.user.role")}>
          <RoleSelect id="new-user-role" value={values.role} onChange={(role) => setValues({ ...values, role })} />
        </Field>
        {text("password", t("admin.user.password"))}
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      <p role="status">{saved ? t("admin.saved") : ""}</p>
      <FormActions save={t("admin.save")} busy={loading} />
    </form>
  );
}

/** The users: a list with their role and state, a form to change one, a form to add one. */
export function UsersAdmin() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(UsersQuery);
  const [editing, setEditing] = useState<string | null>(null);
  const users = data?.users ?? [];
  const current = users.find((u) => u.id === editing);
  return (
    <>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      <table className="data-table" data-testid="users">
        <thead>
          <tr>
            <th scope="col">{t("admin.user.username")}</th>
            <th scope="col">{t("admin.user.displayName")}</th>
            <th scope="col">{t("admin.user.role")}</th>
            <th scope="col">{t("admin.user.active")}</th>
            <HiddenColumn label={t("admin.edit")} />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.displayName}</td>
              <td>{t(`role.${u.role}`)}</td>
              <td>{u.active ? t("admin.user.active") : t("admin.user.inactive")}</td>
              <td>
                <button type="button" className="button-secondary button-small" aria-label={`${t("admin.edit")}: ${u.username}`} onClick={() => setEditing(u.id)}>
                  {t("admin.edit")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {current ? <EditUser key={current.id} user={current} onDone={() => setEditing(null)} /> : null}
      <CreateUser />
    </>
  );
}
