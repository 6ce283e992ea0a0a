namespace SalesSuite.SharedKernel.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
