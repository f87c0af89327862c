-- Roles may be granted `logs` (reading a game server's latest log, `/server logs`) besides
-- the four power actions: the CHECK on `action` admits it too.
ALTER TABLE power_role_grants DROP CONSTRAINT power_role_grants_action_check;
ALTER TABLE power_role_grants ADD CONSTRAINT power_role_grants_action_check
    CHECK (action IN ('start', 'stop', 'restart', 'kill', 'logs'));
