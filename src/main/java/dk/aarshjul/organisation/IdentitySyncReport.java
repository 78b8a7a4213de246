package dk.aarshjul.organisation;

/** What a synchronisation of the organisation into Camunda's identity service changed. */
public record IdentitySyncReport(int usersCreated, int usersUpdated, int groupsCreated, int groupsUpdated,
		int groupsDeleted, int membershipsAdded, int membershipsRemoved) {

	public boolean changedNothing() {
		return usersCreated + usersUpdated + groupsCreated + groupsUpdated + groupsDeleted + membershipsAdded
				+ membershipsRemoved == 0;
	}

}
