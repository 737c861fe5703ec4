-- An edition that has checks against it is locked: a revision must be a new edition, so that
-- every recorded check keeps meaning what it meant. The database sets the flag itself on the
-- first check, whoever writes it.
CREATE FUNCTION "lock_edition_of_checked_criterion"() RETURNS trigger AS $$
BEGIN
  UPDATE "IndicatorEdition" e
     SET "isLocked" = true, "updatedAt" = now()
    FROM "Criterion" c
   WHERE c."id" = NEW."criterionId" AND e."id" = c."editionId" AND NOT e."isLocked";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "check_locks_edition"
  AFTER INSERT ON "Check"
  FOR EACH ROW EXECUTE FUNCTION "lock_edition_of_checked_criterion"();

-- Editions that already have checks.
UPDATE "IndicatorEdition" e SET "isLocked" = true
 WHERE EXISTS (SELECT 1 FROM "Check" k JOIN "Criterion" c ON c."id" = k."criterionId" WHERE c."editionId" = e."id");
