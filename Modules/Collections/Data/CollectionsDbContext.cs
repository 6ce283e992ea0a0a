using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Data;

internal sealed class CollectionsDbContext(DbContextOptions<CollectionsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "collections";

    public DbSet<Receivable> Receivables => Set<Receivable>();
}
