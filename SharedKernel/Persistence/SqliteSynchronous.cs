namespace SalesSuite.SharedKernel.Persistence;

/// <summary>SQLite's <c>synchronous</c> setting for every connection (<see cref="DatabaseOptions.SqliteSynchronous"/>).</summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
