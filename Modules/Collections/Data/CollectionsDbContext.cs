using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Data;

internal sealed class CollectionsDbContext(DbContextOptions<CollectionsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "collections";
}
