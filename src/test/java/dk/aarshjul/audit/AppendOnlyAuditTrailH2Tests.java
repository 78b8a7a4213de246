package dk.aarshjul.audit;

import dk.aarshjul.system.H2Test;

@H2Test
class AppendOnlyAuditTrailH2Tests extends AppendOnlyAuditTrailTests {

}
