using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Data;

internal sealed class LeadsDbContext(DbContextOptions<LeadsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "leads";
}
