namespace SalesSuite.Leads.Application;

internal sealed record LandingCounts(int MyLeads, int MyDeals, int OverdueActions, int PoolSize);
