namespace SalesSuite.Leads.Domain;

/// <summary>A contact's role at the customer (决策人 / 使用人 / 采购 / 财务 / 其他); names: Cust_ContactRole_&lt;name&gt;.</summary>
internal enum ContactRole
{
    DecisionMaker,
    User,
    Purchaser,
    Finance,
    Other,
}
