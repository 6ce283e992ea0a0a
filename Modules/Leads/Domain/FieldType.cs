namespace SalesSuite.Leads.Domain;

internal enum FieldType
{
    Text,
    Number,
    Money,
    Percent,
    Date,
    Choice,
    File,
}
